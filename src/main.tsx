import { render } from 'preact';
import './app/styles.css';
import { App } from './app/App';
import { loadData } from './app/data';
import { openingLanguage } from './app/language';

// Started before the first render; index.html already preloads both files.
const first = loadData();
let used = false;
const load = (fresh?: string) => {
  if (!used && !fresh) {
    used = true;
    return first;
  }
  return loadData(fresh);
};

const start = () => render(<App load={load} />, document.getElementById('app')!);
// A Chinese page renders at once; an English one once its words are in (fetched alongside the data).
const language = openingLanguage();
if (language) language.then(start);
else start();

import { render } from 'preact';
import './app/styles.css';
import { App } from './app/App';
import { loadData } from './app/data';

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

render(<App load={load} />, document.getElementById('app')!);

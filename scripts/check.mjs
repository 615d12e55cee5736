/**
 * `npm run check`: the CLI (src/cli/main.ts) from its prebuilt bundle (cli-bundle.mjs), rebuilt
 * first when a source changed, then run in this process.
 */
import { cliBundle } from './cli-bundle.mjs';

const { runProcess } = await import(await cliBundle());
runProcess();

/** The URL of the bundled CLI (main.mjs), built first if it is missing or stale (cli-bundle.mjs). */
export function cliBundle(): Promise<string>;

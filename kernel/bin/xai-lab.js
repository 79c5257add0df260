#!/usr/bin/env node
// The command line lives in dist/ after `npm run build`; this shim only points there.
require("../dist/src/cli/main.js")
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`xai-lab: ${err && err.message ? err.message : err}\n`);
      process.exitCode = 1;
    },
  );

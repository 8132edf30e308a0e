#!/usr/bin/env node
// The command line runs the compiled engine (built by `npm install` through the prepare script).
const { main } = require("../dist/node/cli/main.js");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // A bug, not a user mistake: one line, and the stack only when asked for.
    process.stderr.write(`sales-radar: internal error: ${error && error.message}\n`);
    if (process.env.SALES_RADAR_DEBUG) process.stderr.write(`${error && error.stack}\n`);
    process.exitCode = 3;
  },
);

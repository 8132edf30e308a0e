// Builds the Excel task pane (dist/addin: taskpane.html, commands.html) or, with `--env demo`,
// the browser demo (dist/demo: the pane beside a grid over the bundled sample workbook), or
// both with `--env all`. `--env outDir=…` puts addin/ and demo/ elsewhere than dist/ (the
// browser tests build into tests/.output).
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The pane's first screen must stay light: initial JS of the taskpane entry, gzipped. */
const INITIAL_JS_BUDGET_BYTES = 250 * 1024;
const ADDIN_PORT = 3000;
const DEMO_PORT = 3100;

/**
 * The pages may load scripts only from themselves and Office's CDN, and talk to nobody: the pane
 * never sends workbook data anywhere. Fluent UI inserts its styles at run time (inline styles);
 * development builds also need eval (source maps) and the dev server's socket.
 */
function contentSecurityPolicy(production) {
  const dev = production ? "" : " 'unsafe-eval'";
  const connect = production ? "'self'" : "'self' ws: wss:";
  return [
    "default-src 'self'",
    `script-src 'self' https://appsforoffice.microsoft.com${dev}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

const ROOT = __dirname;
const COMMANDS_SCRIPT = path.join(ROOT, "src/commands/commands.ts");
const COMMANDS_HTML = path.join(ROOT, "src/commands/commands.html");
const SAMPLE_WORKBOOK = path.join(ROOT, "samples/sales-radar-sample.xlsx");
const ASSETS = path.join(ROOT, "assets");

/** Gzipped size of every initial JS file of one entry; written as size.json and printed. */
class InitialSizeReport {
  constructor(entry, budget) {
    this.entry = entry;
    this.budget = budget;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("InitialSizeReport", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "InitialSizeReport", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entrypoint = compilation.entrypoints.get(this.entry);
          if (!entrypoint) return;
          const files = entrypoint.getFiles().filter((file) => file.endsWith(".js"));
          const sizes = files.map((file) => ({
            file,
            gzipBytes: zlib.gzipSync(compilation.getAsset(file).source.buffer(), { level: 9 }).length,
          }));
          const gzipBytes = sizes.reduce((sum, item) => sum + item.gzipBytes, 0);
          const report = { entry: this.entry, gzipBytes, budgetBytes: this.budget, files: sizes };
          compilation.emitAsset("size.json", new sources.RawSource(`${JSON.stringify(report, null, 2)}\n`));
          const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
          console.log(
            `[size] ${this.entry}: initial JS ${kb(gzipBytes)} gzipped (budget ${kb(this.budget)})`,
          );
          if (gzipBytes > this.budget) {
            compilation.errors.push(
              new WebpackError(
                `${this.entry} initial JS is ${kb(gzipBytes)} gzipped, over the ${kb(this.budget)} budget`,
              ),
            );
          }
        },
      );
    });
  }
}

/**
 * exceljs arrives minified (its browser bundle): marking its chunk as minimized spares the
 * minimizer a megabyte of work on every production build.
 */
class PrebuiltChunks {
  constructor(chunkName) {
    this.chunkName = chunkName;
  }

  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PrebuiltChunks", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PrebuiltChunks", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        () => {
          for (const chunk of compilation.chunks) {
            if (chunk.name !== this.chunkName) continue;
            for (const file of chunk.files)
              compilation.updateAsset(file, (source) => source, { minimized: true });
          }
        },
      );
    });
  }
}

/** The yo-office dev certificates when installed; webpack-dev-server's own certificate otherwise. */
function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const present = Object.values(files).every((file) => fs.existsSync(path.join(dir, file)));
  if (!present) return "https";
  const options = Object.fromEntries(
    Object.entries(files).map(([key, file]) => [key, fs.readFileSync(path.join(dir, file))]),
  );
  return { type: "https", options };
}

function tsRule(production) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        // `npm run typecheck` checks types; the bundle only needs ES modules, so webpack can
        // tree-shake Fluent and split the lazy chunks.
        transpileOnly: true,
        compilerOptions: { module: "es2020", sourceMap: !production },
      },
    },
  };
}

function addinTarget(production) {
  const hasCommands = fs.existsSync(COMMANDS_SCRIPT) && fs.existsSync(COMMANDS_HTML);
  const entry = { taskpane: "./src/taskpane/index.tsx" };
  const plugins = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      templateParameters: { officeJs: OFFICE_JS, csp: contentSecurityPolicy(production) },
    }),
  ];
  if (hasCommands) {
    entry.commands = COMMANDS_SCRIPT;
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: COMMANDS_HTML,
        chunks: ["commands"],
        templateParameters: { officeJs: OFFICE_JS, csp: contentSecurityPolicy(production) },
      }),
    );
  }
  if (fs.existsSync(ASSETS)) {
    plugins.push(new CopyWebpackPlugin({ patterns: [{ from: ASSETS, to: "assets" }] }));
  }
  if (production) plugins.push(new InitialSizeReport("taskpane", INITIAL_JS_BUDGET_BYTES));
  return {
    entry,
    plugins,
    devServer: { server: httpsServer(), port: ADDIN_PORT, headers: { "Access-Control-Allow-Origin": "*" } },
  };
}

function demoTarget(production) {
  const plugins = [
    new HtmlWebpackPlugin({
      filename: "index.html",
      template: "./src/demo/demo.html",
      chunks: ["demo"],
      templateParameters: { csp: contentSecurityPolicy(production) },
    }),
    new CopyWebpackPlugin({ patterns: [{ from: SAMPLE_WORKBOOK, to: "sample.xlsx" }] }),
  ];
  if (production) plugins.push(new InitialSizeReport("demo", Number.POSITIVE_INFINITY));
  return {
    entry: { demo: "./src/demo/index.tsx" },
    plugins,
    devServer: { server: "http", host: "localhost", port: DEMO_PORT, open: false },
  };
}

function buildConfig(name, production, baseDir) {
  const target = name === "demo" ? demoTarget(production) : addinTarget(production);
  return {
    name,
    context: ROOT,
    mode: production ? "production" : "development",
    // Rebuilds (tests, `npm run size` after `npm run build`) reuse the previous build's modules.
    cache: {
      type: "filesystem",
      name: `${name}-${production ? "production" : "development"}`,
      cacheDirectory: path.join(ROOT, "node_modules/.cache/webpack"),
      buildDependencies: { config: [__filename] },
    },
    devtool: production ? false : "eval-cheap-module-source-map",
    entry: target.entry,
    output: {
      path: path.join(baseDir, name),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      // exceljs ships a prebuilt browser bundle (its package's "browser" field): nothing to parse.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        tsRule(production),
        // The project's own modules have no import side effects: unused ones are dropped whole.
        { test: /[\\/]src[\\/].*\.tsx?$/, sideEffects: false },
      ],
    },
    plugins: [...target.plugins, new PrebuiltChunks("exceljs")],
    optimization: {
      splitChunks: {
        cacheGroups: {
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            enforce: true,
          },
        },
      },
    },
    // The budget above is the one that matters (initial JS); lazy chunks such as exceljs may be large.
    performance: { hints: false },
    devServer: { ...target.devServer, hot: !production, static: false },
    stats: "errors-warnings",
  };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const baseDir = env.outDir ? path.resolve(env.outDir) : path.join(ROOT, "dist");
  if (env.all) return [buildConfig("addin", production, baseDir), buildConfig("demo", production, baseDir)];
  return buildConfig(env.demo ? "demo" : "addin", production, baseDir);
};

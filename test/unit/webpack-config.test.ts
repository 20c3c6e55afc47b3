import path from "node:path";

// webpack.config.js: a build never touches certificates; `webpack serve` gets https on port 3000 with the Office
// dev certificates. office-addin-dev-certs is replaced by a fake here (the real one installs a CA in the system).

const getHttpsServerOptions = jest.fn(async () => ({ ca: "CA", key: "KEY", cert: "CERT" }));
jest.mock("office-addin-dev-certs", () => ({ getHttpsServerOptions }));

interface Built {
  entry: Record<string, string>;
  devServer?: Record<string, unknown>;
  devtool: string;
}

type Config = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Built | Built[]>;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.resolve(__dirname, "..", "..", "webpack.config.js")) as Config;

/** The add-in's config: a build returns it first, before the offline page's; the dev server serves it alone. */
async function config(env: Record<string, unknown>, argv: { mode: string }): Promise<Built> {
  const built = await webpackConfig(env, argv);
  return Array.isArray(built) ? built[0] : built;
}

beforeEach(() => getHttpsServerOptions.mockClear());

test("a production build has the pages and the Excel functions, and never asks for certificates", async () => {
  const built = await config({ WEBPACK_BUNDLE: true, WEBPACK_BUILD: true }, { mode: "production" });
  expect(Object.keys(built.entry).sort()).toEqual(["commands", "functions", "taskpane"]);
  expect(built.devServer).toBeUndefined();
  expect(getHttpsServerOptions).not.toHaveBeenCalled();
});

test("webpack serve runs https on port 3000 with the Office dev certificates and CORS open", async () => {
  const served = await config({ WEBPACK_SERVE: true }, { mode: "development" });
  expect(getHttpsServerOptions).toHaveBeenCalledTimes(1);
  expect(served.devServer).toMatchObject({
    port: 3000,
    server: { type: "https", options: { ca: "CA", key: "KEY", cert: "CERT" } },
    headers: { "Access-Control-Allow-Origin": "*" },
  });
});

test("a build for a host refuses an http address with a message saying why", async () => {
  await expect(
    config({ WEBPACK_BUILD: true, url: "http://example.org/grille/" }, { mode: "production" }),
  ).rejects.toThrow(/https/);
});

test("the dev server sends the pages' Content-Security-Policy, and no build relies on eval", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ADDIN_CSP } = require(
    path.resolve(__dirname, "..", "..", "scripts", "content-security-policy.js"),
  ) as {
    ADDIN_CSP: string;
  };
  const served = await config({ WEBPACK_SERVE: true }, { mode: "development" });
  expect(served.devServer).toMatchObject({ headers: { "Content-Security-Policy": ADDIN_CSP } });
  // eval-based source maps would break under a policy without 'unsafe-eval'.
  expect(served.devtool).not.toMatch(/eval/);
  expect((await config({ WEBPACK_BUILD: true }, { mode: "production" })).devtool).not.toMatch(/eval/);
});

import path from "node:path";

// webpack.config.js: a build never touches certificates; `webpack serve` gets https on port 3000 with the Office
// dev certificates. office-addin-dev-certs is replaced by a fake here (the real one installs a CA in the system).

const getHttpsServerOptions = jest.fn(async () => ({ ca: "CA", key: "KEY", cert: "CERT" }));
jest.mock("office-addin-dev-certs", () => ({ getHttpsServerOptions }));

interface Built {
  readonly name?: string;
  readonly entry: Record<string, string>;
  readonly devServer?: Record<string, unknown>;
  readonly devtool: string;
}

/** A build gives the add-in's config and the offline page's; `webpack serve` the add-in's alone. */
type Config = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Built | Built[]>;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.resolve(__dirname, "..", "..", "webpack.config.js")) as Config;

beforeEach(() => getHttpsServerOptions.mockClear());

const all = async (env: Record<string, unknown>, mode: string): Promise<Built[]> => {
  const built = await config(env, { mode });
  return Array.isArray(built) ? built : [built];
};

async function addIn(env: Record<string, unknown>, mode: string): Promise<Built> {
  const configs = await all(env, mode);
  const found = configs.length === 1 ? configs[0] : configs.find((one) => one.name === "add-in");
  if (!found) throw new Error("no add-in config");
  return found;
}

test("a production build has the pages and the Excel functions, and never asks for certificates", async () => {
  const built = await addIn({ WEBPACK_BUNDLE: true, WEBPACK_BUILD: true }, "production");
  expect(Object.keys(built.entry).sort()).toEqual(["commands", "functions", "taskpane"]);
  expect(built.devServer).toBeUndefined();
  expect(getHttpsServerOptions).not.toHaveBeenCalled();
});

test("webpack serve runs https on port 3000 with the Office dev certificates and CORS open", async () => {
  const served = await addIn({ WEBPACK_SERVE: true }, "development");
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
  const served = await addIn({ WEBPACK_SERVE: true }, "development");
  expect(served.devServer).toMatchObject({ headers: { "Content-Security-Policy": ADDIN_CSP } });
  // eval-based source maps would break under a policy without 'unsafe-eval'.
  expect(served.devtool).not.toMatch(/eval/);
  const built = await all({ WEBPACK_BUILD: true }, "production");
  expect(built.length).toBeGreaterThan(0);
  for (const one of built) expect(String(one.devtool)).not.toMatch(/eval/);
});

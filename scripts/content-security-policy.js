// The Content-Security-Policy of the add-in's pages (task pane, ribbon commands, the functions' page): the one definition, put in each
// page as a <meta> by webpack.config.js (static hosts such as GitHub Pages cannot send headers), sent as a header by
// the dev server, and recommended to hosts by scripts/release.js. Plain CommonJS so all three load it as is.
//
// Our code needs only the add-in's own origin. office.js is Microsoft's script; it loads its host-specific files,
// strings and telemetry scripts from the same folder of the same host, and talks to Excel through postMessage or
// the native bridge of the desktop apps, which no CSP governs. What office.js needs beyond its own scripts, each
// checked in node_modules/@microsoft/office-js (1.1.110) and said here:
//   - style-src 'unsafe-inline': excel-web-16.00.js styles the elements it adds through style attributes, which a
//     policy without it refuses (office-js issue #1687). Styles only; no script runs from it.
//   - frame-src of its host: in Office on the web under a host name it does not recognise (an organisation's own
//     Office Online Server), office.js asks the user to trust the host in a frame from its own CDN
//     ("AgaveErrorUX/index.html").
// Refused on purpose: office.js's telemetry sent straight from the page to *.pipe.aria.microsoft.com (Excel on the
// web; the desktop apps relay it through Excel itself, which no page policy reaches), the proxy frame of its older
// logger (telemetryservice.firstpartyapps.oaspapps.com, framed outside Office), and the sign-in library it would
// fetch for Office SSO (alcdn.msauth.net), which we never call. office.js carries on without them.
// `new Function("return this")` in office.js is guarded by a try/catch with a fallback: no 'unsafe-eval'.

const OFFICE_JS_HOST = "https://appsforoffice.microsoft.com";

/** Each directive with its sources; `frame-ancestors` is absent: Excel frames the pane (and a <meta> ignores it). */
const DIRECTIVES = {
  "default-src": ["'none'"],
  "script-src": ["'self'", OFFICE_JS_HOST],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "frame-src": [OFFICE_JS_HOST],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
};

const ADDIN_CSP = Object.entries(DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(" ")}`)
  .join("; ");

module.exports = { ADDIN_CSP, DIRECTIVES, OFFICE_JS_HOST };

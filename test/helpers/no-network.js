// Preloaded with `node --require` by test/integration/cli-no-network.test.ts. Every way a Node program opens a
// connection or resolves a host name throws, and each attempt is appended, one line each, to the file named by
// NO_NETWORK_LOG, so the test sees an attempt even when the program catches the error.
"use strict";
const fs = require("node:fs");

const logFile = process.env.NO_NETWORK_LOG;

function blocked(what) {
  return function blockedCall(...args) {
    const detail = args
      .filter((arg) => typeof arg !== "function")
      .map((arg) => (typeof arg === "object" && arg !== null ? JSON.stringify(arg) : String(arg)))
      .join(" ")
      .slice(0, 200);
    if (logFile) fs.appendFileSync(logFile, `${what} ${detail}\n`);
    throw new Error(`network access attempted (${what}): this program must not open a socket`);
  };
}

function block(module, label, names) {
  for (const name of names)
    if (typeof module[name] === "function") module[name] = blocked(`${label}.${name}`);
}

const DNS = [
  "lookup",
  "lookupService",
  "resolve",
  "resolve4",
  "resolve6",
  "resolveAny",
  "resolveCaa",
  "resolveCname",
].concat([
  "resolveMx",
  "resolveNaptr",
  "resolveNs",
  "resolvePtr",
  "resolveSoa",
  "resolveSrv",
  "resolveTxt",
  "reverse",
]);

const net = require("node:net");
block(net, "net", ["connect", "createConnection"]);
net.Socket.prototype.connect = blocked("net.Socket.connect");
block(require("node:tls"), "tls", ["connect"]);
block(require("node:http"), "http", ["request", "get"]);
block(require("node:https"), "https", ["request", "get"]);
block(require("node:http2"), "http2", ["connect"]);
block(require("node:dgram"), "dgram", ["createSocket"]);
const dns = require("node:dns");
block(dns, "dns", DNS);
block(dns.promises, "dns.promises", DNS);
dns.Resolver.prototype.resolve = blocked("dns.Resolver.resolve");
block(globalThis, "globalThis", ["fetch", "WebSocket", "EventSource"]);

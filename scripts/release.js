#!/usr/bin/env node
// `npm run release -- --url https://example.org/grille/ [--out release]`: everything an organisation needs to put
// the add-in in front of its users, in one folder:
//   <out>/hote/          the built add-in and the offline page (web/) to copy to any static HTTPS host,
//                        with EN-TETES-HTTP.txt, the response headers we recommend for that host;
//   <out>/manifest.xml   the production manifest (every URL on the host), for the admin center or a catalog;
//   <out>/grille-commune-traiteur-<version>.tgz   the command line as an npm package, its dependencies inside, so
//                        `npm install -g ./grille-commune-traiteur-<version>.tgz` needs no network.
// docs/deploiement.md says what to do with each.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { HostUrlError, resolveBaseUrl } = require("./host-url");
const { PAGE_FILE } = require("./offline-page");
const { ADDIN_CSP } = require("./content-security-policy");

const ROOT = path.resolve(__dirname, "..");
const pkg = require("../package.json");

const USAGE = `Usage : npm run release -- --url https://exemple.org/grille/ [--out release]

  --url   l'adresse https du dossier où les fichiers de hote/ seront publiés (obligatoire)
  --out   le dossier où écrire la publication (release/ par défaut ; vidé d'abord)`;

function option(args, name) {
  const index = args.indexOf(name);
  if (index >= 0) return args[index + 1];
  const inline = args.find((arg) => arg.startsWith(`${name}=`));
  return inline ? inline.slice(name.length + 1) : undefined;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", ...options });
  if (result.status !== 0) {
    console.error(`release: « ${command} ${args.join(" ")} » a échoué (code ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

function npm(args, options) {
  run(process.platform === "win32" ? "npm.cmd" : "npm", args, options);
}

/** The policy the offline page carries in its own file (its meta element), to send with it as a header too. */
function pagePolicy(host) {
  const html = fs.readFileSync(path.join(host, PAGE_FILE), "utf8");
  const policy = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
  if (!policy) throw new Error(`release: ${PAGE_FILE} carries no Content-Security-Policy`);
  return policy[1];
}

/** The response headers we recommend: what a static host should send with the add-in's files and the page. */
function headersText(baseUrl, pageCsp) {
  const origin = new URL(baseUrl).origin;
  return `En-têtes HTTP recommandés pour ${baseUrl}
(Recommended HTTP response headers for the add-in's files.)

Content-Security-Policy: ${ADDIN_CSP}
X-Content-Type-Options: nosniff
Referrer-Policy: no-referrer
Strict-Transport-Security: max-age=31536000
Cache-Control: no-cache

Pourquoi (why):
- Le complément ne charge que ses propres fichiers (${origin}) et la bibliothèque Office de Microsoft
  (https://appsforoffice.microsoft.com) : la politique de sécurité du contenu n'autorise rien d'autre.
- N'envoyez PAS « X-Frame-Options: DENY » ni « frame-ancestors 'none' » : Excel affiche le volet dans un cadre
  (iframe), Excel sur le web depuis les domaines de Microsoft ; ces en-têtes l'empêcheraient de s'afficher.
- « Cache-Control: no-cache » : après une mise à jour, Excel reprend les nouveaux fichiers au lieu d'une copie.
- Servez tous les fichiers en https, avec les types MIME habituels (.html text/html, .js text/javascript,
  .css text/css, .png image/png, .xml application/xml).

La page hors ligne, ${PAGE_FILE} (the offline page), a sa propre politique, écrite dans le fichier : son script et
ses styles y sont intégrés et autorisés par leur empreinte. NE lui envoyez PAS la politique ci-dessus (elle bloquerait
la page) ; envoyez-lui exactement celle-ci, ou aucune :

Content-Security-Policy: ${pageCsp}
`;
}

/**
 * The CLI as its own npm package: bin/, lib/ compiled and bundled afresh (so files of modules since removed never ship,
 * and the working lib/ is left alone), licence, README, its production dependencies bundled.
 */
function packCli(outDir) {
  const staging = path.join(outDir, ".paquet-cli");
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  for (const entry of ["bin", "LICENSE", "README.md"])
    fs.cpSync(path.join(ROOT, entry), path.join(staging, entry), { recursive: true });
  const tsc = require.resolve("typescript/bin/tsc");
  run(process.execPath, [tsc, "-p", "tsconfig.cli.json", "--outDir", path.join(staging, "lib")]);
  // bin/grille.js runs the one-file bundle of those modules (webpack.cli.js).
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  run(process.execPath, [
    webpack,
    "--config",
    path.join(ROOT, "webpack.cli.js"),
    "--env",
    `lib=${path.join(staging, "lib")}`,
  ]);
  const dependencies = pkg.dependencies;
  const manifest = {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    license: pkg.license,
    bin: pkg.bin,
    engines: pkg.engines,
    files: ["bin/", "lib/", "LICENSE", "README.md"],
    dependencies,
    // Bundled so that installing the tarball needs no registry: a caterer's or buyer's machine may have none.
    bundleDependencies: Object.keys(dependencies),
  };
  fs.writeFileSync(path.join(staging, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  npm(["install", "--omit=dev", "--ignore-scripts", "--prefer-offline", "--no-audit", "--no-fund"], {
    cwd: staging,
  });
  npm(["pack", "--pack-destination", outDir], { cwd: staging });
  fs.rmSync(staging, { recursive: true, force: true });
}

function main() {
  const args = process.argv.slice(2);
  if (args.includes("--help")) {
    console.log(USAGE);
    return;
  }
  const url = option(args, "--url");
  if (!url) {
    console.error(USAGE);
    process.exit(2);
  }
  let baseUrl;
  try {
    baseUrl = resolveBaseUrl({ url }, {});
  } catch (error) {
    if (!(error instanceof HostUrlError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  const outDir = path.resolve(ROOT, option(args, "--out") ?? "release");
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });

  // Built straight into the host folder: dist/ (the development build the tests use) is left alone.
  const host = path.join(outDir, "hote");
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  run(process.execPath, [webpack, "--mode", "production", "--env", `url=${baseUrl}`, "--output-path", host]);
  // Source maps stay out of the host folder: they would publish our sources, and users do not need them.
  for (const file of fs.readdirSync(host)) if (file.endsWith(".map")) fs.rmSync(path.join(host, file));
  fs.writeFileSync(path.join(host, "EN-TETES-HTTP.txt"), headersText(baseUrl, pagePolicy(host)));
  fs.copyFileSync(path.join(host, "manifest.xml"), path.join(outDir, "manifest.xml"));
  packCli(outDir);

  console.log(`\nPublication écrite dans ${outDir} pour ${baseUrl} :`);
  for (const name of fs.readdirSync(outDir).sort()) console.log(`  ${name}`);
  console.log("Suite : docs/deploiement.md");
}

main();

// Where the built add-in is served from, and the manifest that says so. Used by webpack.config.js (the build) and
// scripts/release.js (the release); kept in plain CommonJS so both load it without a compile step.
//
// The source manifest.xml points every URL at the development server (https://localhost:3000/). A build for a
// host rewrites that base, and only that base, to the host's URL; the manifest's <Version> always follows
// package.json.

const DEV_BASE_URL = "https://localhost:3000/";

/** Raised for a host URL the add-in cannot be served from; the message says what to give instead. */
class HostUrlError extends Error {
  constructor(message) {
    super(message);
    this.name = "HostUrlError";
  }
}

/**
 * The base URL of a build: `--env url=…` (webpack) or the GRILLE_URL environment variable, else the development
 * server. Office loads add-ins over https only, so anything else is refused rather than built into a manifest
 * that Excel would reject at install time.
 */
function resolveBaseUrl(env = {}, processEnv = process.env) {
  const given = (env && env.url) || processEnv.GRILLE_URL;
  if (given === undefined || given === "" || given === true) return DEV_BASE_URL;
  let url;
  try {
    url = new URL(String(given));
  } catch {
    throw new HostUrlError(
      `« ${given} » n'est pas une adresse web. Donnez l'adresse https du dossier où les fichiers seront publiés, par exemple https://exemple.org/grille/ (« ${given} » is not a web address: give the https address of the folder the files will be served from).`,
    );
  }
  if (url.protocol !== "https:")
    throw new HostUrlError(
      `${url.href} : Office ne charge les compléments qu'en https. Publiez les fichiers sur un hôte https et donnez son adresse, par exemple https://exemple.org/grille/ (Office loads add-ins over https only).`,
    );
  if (url.search || url.hash || url.username || url.password)
    throw new HostUrlError(
      `${url.href} : l'adresse de base ne doit contenir ni paramètres, ni ancre, ni identifiants. Donnez seulement l'adresse du dossier (the base URL must hold no query, fragment or credentials).`,
    );
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** package.json's "0.1.0" as the manifest's four-part version "0.1.0.0" (Office wants 1 to 4 numbers). */
function manifestVersion(packageVersion) {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(packageVersion);
  if (!match) throw new Error(`package.json version "${packageVersion}" is not x.y.z`);
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

/** The manifest for a host: every development URL moved to `baseUrl`, <Version> from package.json. */
function manifestFor(xml, { baseUrl, packageVersion }) {
  const withVersion = xml.replace(
    /<Version>[^<]*<\/Version>/,
    `<Version>${manifestVersion(packageVersion)}</Version>`,
  );
  return withVersion.split(DEV_BASE_URL).join(baseUrl);
}

/** Every URL the manifest holds (DefaultValue and Value attributes, element texts that are URLs). */
function manifestUrls(xml) {
  const urls = new Set();
  for (const match of xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)) urls.add(match[1]);
  for (const match of xml.matchAll(/>(https?:\/\/[^<]+)</g)) urls.add(match[1]);
  return [...urls];
}

module.exports = { DEV_BASE_URL, HostUrlError, resolveBaseUrl, manifestVersion, manifestFor, manifestUrls };

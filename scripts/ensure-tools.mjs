// Makes sure the tools the test suite drives are present: Debian's Chromium for the
// browser journeys and xmllint for validating the engine's XML against the v4 schema.
// As root it installs what is missing with apt-get; otherwise it says what to install.
import { execSync, spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const missing = [];
if (!findBrowser()) missing.push({ what: 'a Chromium browser', pkgs: ['chromium-headless-shell'], fallback: ['chromium'] });
if (!has('xmllint')) missing.push({ what: 'xmllint', pkgs: ['libxml2-utils'] });

if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const all = missing.flatMap((m) => m.pkgs);
if (!isRoot || !has('apt-get')) {
  console.error(`The tests need ${missing.map((m) => m.what).join(' and ')}.`);
  console.error(`Install them with:  sudo apt-get update && sudo apt-get install -y ${all.join(' ')}`);
  console.error('(or point VANTAGE_CHROMIUM at a Chromium/Chrome binary).');
  process.exit(1);
}

const apt = (pkgs) => {
  console.log(`Installing ${pkgs.join(' ')} with apt-get …`);
  execSync(`apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends ${pkgs.join(' ')}`, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
};
try {
  execSync('apt-get -o DPkg::Lock::Timeout=600 update -qq', { stdio: 'inherit' });
  for (const m of missing) {
    try {
      apt(m.pkgs);
    } catch (err) {
      if (!m.fallback) throw err;
      apt(m.fallback);
    }
  }
} catch {
  console.error(`apt-get could not install ${all.join(' ')}. Install them by hand (Debian packages), or set VANTAGE_CHROMIUM.`);
  process.exit(1);
}
if (!findBrowser()) {
  console.error('Chromium was installed but no binary was found; set VANTAGE_CHROMIUM to its path.');
  process.exit(1);
}

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBuildEnv } from '../../scripts/electron-native.mjs';

// The Electron binary cannot be downloaded here, so this packs the app around a stub
// executable: it proves the config, the file selection and the unpacked
// native module, everything but the Electron-ABI rebuild, which needs internet.

const root = path.resolve(__dirname, '../..');
// app-builder-lib and @electron/asar come with electron-builder; resolve them through it.
const builderRequire = createRequire(require.resolve('electron-builder/package.json'));
const appBuilderRequire = createRequire(builderRequire.resolve('app-builder-lib/package.json'));
const bin = (name: string) =>
  path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  directories?: { output?: string };
  win?: { target?: { target: string; arch: string[] }[]; icon?: string };
  mac?: { target?: { target: string; arch: string[] }[]; icon?: string; category?: string };
  linux?: { icon?: string };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    encoding: 'utf8',
    shell: process.platform === 'win32',
    timeout: 50_000,
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

describe('electron-builder.yml', () => {
  let config: BuilderConfig;

  beforeAll(async () => {
    const { getConfig, validateConfiguration } = appBuilderRequire('./out/util/config/config.js');
    const { DebugLogger } = builderRequire('builder-util');
    config = await getConfig(root, null, null);
    // Throws on unknown keys or wrong types (electron-builder's own JSON schema).
    await validateConfiguration(config, new DebugLogger(false));
  });

  it('names the app and writes installers to release/', () => {
    expect(config.appId).toBe('de.privacydesk.app');
    expect(config.productName).toBe('Privacy Desk');
    expect(config.directories?.output).toBe('release');
    expect(config.npmRebuild).toBe(true);
  });

  it('builds an NSIS installer for Windows and DMGs for both Mac architectures', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.mac?.category).toBe('public.app-category.business');
  });

  it('packs into asar and keeps better-sqlite3 outside it', () => {
    expect(config.asar).toBe(true);
    expect(
      config.asarUnpack?.some((p) => p.includes('better-sqlite3') && p.endsWith('*.node')),
    ).toBe(true);
  });

  it('points at icons that exist', () => {
    const icons = [config.win?.icon, config.mac?.icon, config.linux?.icon];
    expect(icons).toEqual([
      'assets/icons/icon.ico',
      'assets/icons/icon.icns',
      'assets/icons/icon.png',
    ]);
    for (const icon of icons) expect(fs.existsSync(path.join(root, icon!)), icon).toBe(true);
    const png = fs.readFileSync(path.join(root, 'assets/icons/icon.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(
      fs.readFileSync(path.join(root, 'assets/icons/icon.icns')).subarray(0, 4).toString(),
    ).toBe('icns');
    expect([...fs.readFileSync(path.join(root, 'assets/icons/icon.ico')).subarray(0, 4)]).toEqual([
      0, 0, 1, 0,
    ]);
  });
});

describe('a dry packaging run (Linux dir target, stub Electron)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-pack-'));
  const resources = path.join(tmp, 'release', 'linux-unpacked', 'resources');
  const asarFile = path.join(resources, 'app.asar');
  let files: string[] = [];

  beforeAll(() => {
    if (
      !fs.existsSync(path.join(root, 'out/main/main.cjs')) ||
      !fs.existsSync(path.join(root, 'out/main/preload.cjs'))
    ) {
      run(process.execPath, ['scripts/build-main.mjs']);
    }
    if (!fs.existsSync(path.join(root, 'dist/renderer/index.html'))) {
      run(bin('vite'), ['build', '--logLevel', 'warn']);
    }
    const stub = path.join(tmp, 'electron-stub');
    fs.mkdirSync(path.join(stub, 'locales'), { recursive: true });
    fs.writeFileSync(path.join(stub, 'electron'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    // electronLanguages trims this folder, so it has to exist; fr.pak must go.
    for (const locale of ['de', 'en-US', 'en-GB', 'fr']) {
      fs.writeFileSync(path.join(stub, 'locales', `${locale}.pak`), '');
    }
    run(
      bin('electron-builder'),
      [
        '--linux',
        'dir',
        `-c.electronDist=${stub}`,
        '-c.npmRebuild=false',
        `-c.directories.output=${path.join(tmp, 'release')}`,
        '--publish',
        'never',
      ],
      electronBuildEnv(process.env),
    );
    const asar = appBuilderRequire('@electron/asar') as { listPackage(file: string): string[] };
    files = asar.listPackage(asarFile).map((f) => f.split(path.sep).join('/'));
  }, 60_000);

  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('produces app.asar with the native module unpacked beside it', () => {
    expect(fs.existsSync(asarFile)).toBe(true);
    const native = path.join(
      resources,
      'app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    );
    expect(fs.existsSync(native)).toBe(true);
    expect(fs.statSync(native).size).toBeGreaterThan(100_000);
  });

  it('packs what runs and nothing else', () => {
    for (const file of [
      '/package.json',
      '/out/main/main.cjs',
      '/out/main/preload.cjs',
      '/dist/renderer/index.html',
      '/assets/icons/icon.png',
    ]) {
      expect(files, file).toContain(file);
    }
    const leaked = files.filter(
      (f) =>
        /^\/(electron|core|db|renderer|test|scripts|docs|release|\.electron-native|\.git)(\/|$)/.test(
          f,
        ) || /\.(ts|tsx|map)$/.test(f),
    );
    expect(leaked).toEqual([]);
  });

  it('packs every module main.cjs requires at run time', () => {
    const main = fs.readFileSync(path.join(root, 'out/main/main.cjs'), 'utf8');
    const required = new Set([...main.matchAll(/require\("([^"./][^"]*)"\)/g)].map((m) => m[1]!));
    const external = [...required].filter(
      (name) => name !== 'electron' && !name.startsWith('node:') && !builtinModules.includes(name),
    );
    expect(external).toEqual(['better-sqlite3']);
    // better-sqlite3 finds its .node file through `bindings` when no nativeBinding is given.
    for (const name of [...external, 'bindings', 'file-uri-to-path']) {
      expect(files, name).toContain(`/node_modules/${name}/package.json`);
    }
  });

  it('ships only the German and English Chromium locales', () => {
    const locales = fs.readdirSync(path.join(tmp, 'release', 'linux-unpacked', 'locales')).sort();
    expect(locales).toEqual(['de.pak', 'en-GB.pak', 'en-US.pak']);
  });
});

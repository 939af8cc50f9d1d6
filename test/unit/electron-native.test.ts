import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBinding } from '../../electron/native-binding';
import {
  builderPlatformFlag,
  copyFilter,
  electronBuildEnv,
  electronExecutable,
  missingElectronMessage,
  nativeBindingPath,
  parseStamp,
  rebuildOptions,
  rebuildReason,
  wantedStamp,
} from '../../scripts/electron-native.mjs';

const root = path.resolve('/projects/privacy-desk');
const wanted = wantedStamp({
  electronVersion: '41.10.0',
  betterSqlite3Version: '12.11.1',
  platform: 'linux',
  arch: 'x64',
});

describe('Electron binary detection', () => {
  it('is missing when require("electron") throws (no path.txt)', () => {
    const throwing = () => {
      throw new Error('Electron failed to install correctly');
    };
    expect(electronExecutable(throwing, () => true)).toBeNull();
  });

  it('is missing when the path it names does not exist', () => {
    expect(
      electronExecutable(
        () => '/x/dist/electron',
        () => false,
      ),
    ).toBeNull();
  });

  it('is the path require("electron") returns when the file exists', () => {
    expect(
      electronExecutable(
        () => '/x/dist/electron',
        (f) => f === '/x/dist/electron',
      ),
    ).toBe('/x/dist/electron');
  });

  it('says so in one line and points to the browser', () => {
    expect(missingElectronMessage).not.toContain('\n');
    expect(missingElectronMessage).toContain('npm run web');
  });
});

describe('the Electron build of better-sqlite3', () => {
  it('lives where main.ts looks for it', () => {
    expect(nativeBindingPath(root)).toBe(electronNativeBinding(root));
    expect(nativeBindingPath(root)).toBe(
      path.join(
        root,
        '.electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      ),
    );
  });

  it('is rebuilt when missing, unstamped or made for something else', () => {
    expect(rebuildReason({ ...wanted }, wanted, false)).toMatch(/no Electron build/);
    expect(rebuildReason(null, wanted, true)).toMatch(/no build stamp/);
    expect(rebuildReason({ ...wanted, electronVersion: '40.0.0' }, wanted, true)).toMatch(
      /electronVersion changed \(40\.0\.0 -> 41\.10\.0\)/,
    );
    expect(rebuildReason({ ...wanted, betterSqlite3Version: '12.0.0' }, wanted, true)).toMatch(
      /betterSqlite3Version/,
    );
    expect(rebuildReason({ ...wanted, arch: 'arm64' }, wanted, true)).toMatch(/arch/);
  });

  it('is kept when the stamp matches', () => {
    expect(rebuildReason(parseStamp(JSON.stringify(wanted)), wanted, true)).toBeNull();
  });

  it('treats a broken stamp file as no stamp', () => {
    expect(parseStamp('{not json')).toBeNull();
    expect(parseStamp('42')).toBeNull();
    expect(parseStamp('null')).toBeNull();
  });

  it('copies the sources but not the Node build', () => {
    const moduleDir = path.join(root, 'node_modules', 'better-sqlite3');
    expect(copyFilter(moduleDir, moduleDir)).toBe(true);
    expect(copyFilter(path.join(moduleDir, 'lib', 'database.js'), moduleDir)).toBe(true);
    expect(copyFilter(path.join(moduleDir, 'binding.gyp'), moduleDir)).toBe(true);
    expect(copyFilter(path.join(moduleDir, 'build'), moduleDir)).toBe(false);
    expect(
      copyFilter(path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node'), moduleDir),
    ).toBe(false);
    expect(copyFilter(path.join(moduleDir, 'buildx.js'), moduleDir)).toBe(true);
  });

  it('rebuilds only the copy, never the project node_modules', () => {
    const options = rebuildOptions(root, '41.10.0');
    expect(options.buildPath).toBe(path.join(root, '.electron-native'));
    // Without this, @electron/rebuild climbs to the project's node_modules.
    expect(options.projectRootPath).toBe(options.buildPath);
    expect(options.onlyModules).toEqual(['better-sqlite3']);
    expect(options.electronVersion).toBe('41.10.0');
    expect(options.force).toBe(true);
  });

  it('builds against Electron headers, not the Node headers CI points npm at', () => {
    const env = electronBuildEnv({
      PATH: '/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_NODEDIR: '/usr',
      ELECTRON_RUN_AS_NODE: '1',
    });
    expect(env).toEqual({ PATH: '/bin' });
  });
});

describe('installers', () => {
  it('are built for the OS we run on', () => {
    expect(builderPlatformFlag('win32')).toBe('--win');
    expect(builderPlatformFlag('darwin')).toBe('--mac');
    expect(builderPlatformFlag('linux')).toBe('--linux');
  });
});

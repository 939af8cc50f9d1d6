export declare const missingElectronMessage: string;
export declare const noInstallersMessage: string;
export declare function electronNativeDir(root: string): string;
export declare function nativeBindingPath(root: string): string;
export declare function stampPath(root: string): string;
export declare function electronExecutable(
  requireElectron: () => unknown,
  exists: (file: string) => boolean,
): string | null;
export interface BuildStamp {
  electronVersion: string;
  betterSqlite3Version: string;
  platform: string;
  arch: string;
}
export declare function wantedStamp(stamp: BuildStamp): BuildStamp;
export declare function rebuildReason(
  stamp: Partial<BuildStamp> | null,
  wanted: BuildStamp,
  bindingExists: boolean,
): string | null;
export declare function parseStamp(text: string): Partial<BuildStamp> | null;
export declare function copyFilter(source: string, moduleDir: string): boolean;
export declare function rebuildOptions(
  root: string,
  electronVersion: string,
): {
  buildPath: string;
  projectRootPath: string;
  electronVersion: string;
  onlyModules: string[];
  force: boolean;
};
export declare function electronBuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare function builderPlatformFlag(platform: NodeJS.Platform): string;

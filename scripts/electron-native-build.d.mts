export declare function electronVersionOf(root: string): string;
export declare function ensureElectronNative(root: string, electronVersion?: string): Promise<void>;

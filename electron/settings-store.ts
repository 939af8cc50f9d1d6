import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preferences, type Preferences, type PreferencesInput } from '../core/api';

interface StoredSettings {
  preferences: Preferences;
  recent: string[];
}

const defaultUserName = () => {
  try {
    return os.userInfo().username || 'user';
  } catch {
    return 'user';
  }
};

/**
 * Per-user settings (not per workspace): the name written to the audit log, the UI language
 * and the recently opened workspace files. Written atomically (temp file + rename).
 */
export class SettingsStore {
  private settings: StoredSettings;
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'settings.json');
    this.settings = this.load();
  }

  private load(): StoredSettings {
    const fallback: StoredSettings = {
      preferences: { userName: defaultUserName(), userRole: '', language: 'de' },
      recent: [],
    };
    try {
      const raw = JSON.parse(fs.readFileSync(this.file, 'utf8')) as Partial<StoredSettings>;
      const prefs = preferences.safeParse(raw.preferences);
      return {
        preferences: prefs.success ? prefs.data : fallback.preferences,
        recent: Array.isArray(raw.recent) ? raw.recent.filter((r) => typeof r === 'string') : [],
      };
    } catch {
      return fallback;
    }
  }

  private save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.settings, null, 2));
    fs.renameSync(tmp, this.file);
  }

  get preferences(): Preferences {
    return this.settings.preferences;
  }

  setPreferences(next: PreferencesInput): Preferences {
    const parsed = preferences.parse(next);
    this.settings.preferences = parsed;
    this.save();
    return parsed;
  }

  get recent(): string[] {
    return this.settings.recent;
  }

  /** Most recent first, without duplicates, at most ten. */
  addRecent(file: string): void {
    const resolved = path.resolve(file);
    this.settings.recent = [resolved, ...this.settings.recent.filter((r) => r !== resolved)].slice(
      0,
      10,
    );
    this.save();
  }
}

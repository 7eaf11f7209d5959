/** Logger (a counted service in Apps Script) and console (not counted); both write to env.logs. */
import { Facade } from './calls/counting';

export interface LogEntry {
  source: 'Logger' | 'console';
  level: string;
  message: string;
}

function render(args: unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string') return a;
      try {
        return JSON.stringify(a);
      } catch {
        return String(a);
      }
    })
    .join(' ');
}

export class FakeLogger extends Facade {
  static gasName = 'Logger';
  static service = 'Logger';

  constructor(private readonly logs: LogEntry[]) {
    super();
  }

  log(format: unknown, ...values: unknown[]): this {
    let message = typeof format === 'string' ? format : render([format]);
    if (typeof format === 'string' && values.length) {
      let i = 0;
      message = format.replace(/%[sd]/g, () => render([values[i++]]));
    }
    this.logs.push({ source: 'Logger', level: 'INFO', message });
    return this;
  }
  getLog(): string {
    return this.logs.filter((l) => l.source === 'Logger').map((l) => l.message).join('\n');
  }
  clear(): void {
    for (let i = this.logs.length - 1; i >= 0; i--) if (this.logs[i].source === 'Logger') this.logs.splice(i, 1);
  }
}

/** A plain console object (not a facade: console calls are not service calls). */
export function makeConsole(logs: LogEntry[]): Record<string, (...args: unknown[]) => void> {
  const write = (level: string) => (...args: unknown[]) => {
    logs.push({ source: 'console', level, message: render(args) });
  };
  return { log: write('INFO'), info: write('INFO'), warn: write('WARNING'), error: write('ERROR'), debug: write('DEBUG') };
}

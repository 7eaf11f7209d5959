/**
 * DriveApp, refused. The built-in Drive service needs the full drive scope
 * (drive.readonly for getters), which ST-koll does not ask for: ST-koll uses the
 * advanced Drive service instead (./advanced.ts). The global stays so that a
 * DriveApp call fails as in Apps Script, with "Specified permissions are not
 * sufficient to call DriveApp.…" from the scope gate, instead of a ReferenceError.
 * Should a manifest ever grant drive, the methods say there is no fake behind them.
 */
import { Facade } from '../calls/counting';
import { METHOD_SCOPES } from '../scopes';

export class FakeDriveApp extends Facade {
  static gasName = 'DriveApp';
  static service = 'DriveApp';
}

for (const method of Object.keys(METHOD_SCOPES.DriveApp.methods)) {
  Object.defineProperty(FakeDriveApp.prototype, method, {
    value(): never {
      throw new Error(`DriveApp.${method}: the fakes have no DriveApp; use the advanced Drive service (Drive.Files).`);
    },
  });
}

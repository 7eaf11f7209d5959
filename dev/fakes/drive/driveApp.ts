/**
 * DriveApp, refused. The built-in Drive service needs the full drive scope
 * (drive.readonly for getters), which ST-koll does not ask for: ST-koll uses the
 * advanced Drive service instead (./advanced.ts). The global stays so that a
 * DriveApp call fails as in Apps Script, with "Specified permissions are not
 * sufficient to call DriveApp.…" from the scope gate, instead of a ReferenceError.
 */
import { Facade } from '../calls/counting';

function noFake(method: string): never {
  throw new Error(`DriveApp.${method}: the fakes have no DriveApp; use the advanced Drive service (Drive.Files).`);
}

export class FakeDriveApp extends Facade {
  static gasName = 'DriveApp';
  static service = 'DriveApp';

  createFolder(): never {
    return noFake('createFolder');
  }
  createFile(): never {
    return noFake('createFile');
  }
  getFileById(): never {
    return noFake('getFileById');
  }
  getFolderById(): never {
    return noFake('getFolderById');
  }
  getRootFolder(): never {
    return noFake('getRootFolder');
  }
  getFiles(): never {
    return noFake('getFiles');
  }
  getFolders(): never {
    return noFake('getFolders');
  }
  getFilesByName(): never {
    return noFake('getFilesByName');
  }
  getFoldersByName(): never {
    return noFake('getFoldersByName');
  }
}

/** Session: the script's zone and the user, who in tests is a fixed coordinator address. */
import { Facade } from './calls/counting';

export class FakeUser extends Facade {
  static gasName = 'User';

  constructor(private readonly email: string) {
    super();
  }
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

export class FakeSession extends Facade {
  static gasName = 'Session';
  static service = 'Session';

  constructor(
    private readonly email: string,
    private readonly scriptTimeZone: string,
  ) {
    super();
  }

  getActiveUser(): FakeUser {
    return new FakeUser(this.email);
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser(this.email);
  }
  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return 'sv';
  }
  getTemporaryActiveUserKey(): string {
    return 'temporary-user-key-0001';
  }
}

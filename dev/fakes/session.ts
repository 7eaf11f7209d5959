/** Session: the script's zone and the current user (tests may switch users: a second coordinator). */
import { Facade } from './calls/counting';
import type { CurrentUser } from './drive/store';

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
    private readonly user: CurrentUser,
    private readonly scriptTimeZone: string,
  ) {
    super();
  }

  getActiveUser(): FakeUser {
    return new FakeUser(this.user.email);
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser(this.user.email);
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

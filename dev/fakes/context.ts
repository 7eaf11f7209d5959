/**
 * Where an execution runs. In the document (menu, sidebar, dialog) the add-on
 * has its workbook; in a time-driven trigger it has none: an editor add-on's
 * clock trigger belongs to the script, so getActiveSpreadsheet() is null, there
 * are no document properties, no document lock and no Ui. The harness switches
 * to 'trigger' for bundle.callFromTrigger and back afterwards.
 */
import { gasError } from './errors';

export type ExecutionKind = 'document' | 'trigger';

export class ExecutionContext {
  kind: ExecutionKind = 'document';

  get inTrigger(): boolean {
    return this.kind === 'trigger';
  }

  /** What Apps Script says when a trigger asks for the user interface. */
  refuseUi(method: string): void {
    if (this.inTrigger) throw gasError(`Cannot call ${method} from this context.`);
  }
}

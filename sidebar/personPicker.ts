/** The trainee and supervisor pickers: a person from the server as an option of combobox.ts. */
import type { PageDto, PersonOptionDto } from '../src/shared/api';
import { SIDEBAR_TEXT } from '../src/shared/messages/sidebar';
import { type Combobox, type PickerOption, createCombobox } from './combobox';

const C = SIDEBAR_TEXT.contract;

/** One page of a server search (searchTrainees, searchSupervisors…); null when the call failed. */
export type PageSearch<T> = (query: string, offset: number) => Promise<PageDto<T> | null>;

/** A trainee who is not active says so after the name; ID and Enhet go beside it. */
export function personOption(person: Pick<PersonOptionDto, 'id' | 'name' | 'unit' | 'status'>): PickerOption {
  return {
    id: person.id,
    label: person.status && person.status !== C.activeStatus ? `${person.name} (${person.status})` : person.name,
    detail: SIDEBAR_TEXT.search.detail(person.id, person.unit),
  };
}

export function personPicker(
  search: PageSearch<PersonOptionDto>,
  texts: { placeholder: string; listLabel: string },
  onChoose?: (option: PickerOption | null) => void,
): Combobox {
  return createCombobox({
    ...texts,
    onChoose,
    search: async (query, offset) => {
      const page = await search(query, offset);
      return page && { ...page, items: page.items.map(personOption) };
    },
  });
}

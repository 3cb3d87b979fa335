import { useState } from 'preact/hooks';
import { i18n } from '#i18n';

/**
 * One text field and an Add button. `onAdd` runs synchronously inside the submit event, so a
 * caller can ask for a permission there while the browser still counts the user's gesture.
 */
export function HostForm({ id, onAdd }: { id: string; onAdd: (text: string, clear: () => void) => void }) {
  const [text, setText] = useState('');
  return (
    <form
      class="host-form"
      onSubmit={(e) => {
        e.preventDefault();
        onAdd(text, () => setText(''));
      }}
    >
      <label for={id}>{i18n.t('options.sites.hostLabel')}</label>
      <input
        id={id}
        type="text"
        inputMode="url"
        autocomplete="off"
        spellcheck={false}
        placeholder="example.se"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <button type="submit">{i18n.t('options.sites.add')}</button>
    </form>
  );
}

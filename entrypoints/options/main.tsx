import { render } from 'preact';

render(<main>Fackkoll</main>, document.getElementById('app') as HTMLElement);

/** The topic's highlight colour as a dot; decorative, the topic name always sits beside it. */
export function TopicSwatch({ color }: { color: string }) {
  return <span class="fk-swatch" style={{ backgroundColor: color }} aria-hidden="true" />;
}

import { useStrings } from '../../i18n';
import { CONTACT_WORDS } from '../../i18n/contacts';
import './contacts.css';

/**
 * Who to call (issue 13), beside the penalties: 110 to report illegal firing, 12345 (the
 * government service hotline, nationwide) for questions about the rules. A county that sets its
 * own rules gets no number of its own: none could be cited from a public source, so the user is
 * sent to the county government's notices (never an invented number). On the card it is a chunk
 * (LazyContacts), loaded when the penalties are opened or a county's card is shown.
 */
export function Contacts({ county }: { county?: string | null }) {
  const s = CONTACT_WORDS[useStrings().lang];
  return (
    <ul class="contacts">
      {[['110', s.callPolice], ['12345', s.callHotline]].map(([n, what]) => (
        <li key={n}>
          <a href={`tel:${n}`}>{n}</a>
          {what}
        </li>
      ))}
      {county && <li>{s.countyContact(county)}</li>}
    </ul>
  );
}

export default Contacts;

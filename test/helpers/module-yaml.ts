/** A valid training module, as a file holds it: the starting point tests change one thing in. */
export const MODULE = `title: Porting basics
summary: Read the porting playbook and answer a question about ports.
objectives:
  - Explain why the old line must stay active.
estimatedMinutes: 30
audience: [new-hire]
prerequisites: []
steps:
  - playbook: porting-troubleshooting
    focus: Read why the port was rejected.
checks:
  - question: Why must the old line stay active?
    choices:
      - A port moves a live number
      - text: The PIN expires otherwise
        why: An expired PIN is fixed with a new one; it is not why the line must stay live.
      - text: The old provider charges a fee to end it
        why: Fees are settled separately and never stop a number moving.
    answer: A port moves a live number
    explanation: With the line cancelled there is nothing to move.
`;

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
      - The PIN expires otherwise
    answer: A port moves a live number
    explanation: With the line cancelled there is nothing to move.
`;

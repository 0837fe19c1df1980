"""Messages that only greet, thank or say goodbye: answered in kind, never from the documents.

Why: "thanks that's really helpful, have a good weekend!" holds words a passage may share ("weekend",
"helpful"), and a procedure quoted back at a thank-you reads as if the assistant had misunderstood.
"""

from __future__ import annotations

import re

_HELLO = r"(?:good ?(?:morning|afternoon|evening)|hi|hiya|hello|hey)"
# Courtesies and the words around them; what is left when they are taken out is the message's question.
_COURTESY = re.compile(
    r"\b(?:many |thanks? |thank you )?(?:thanks|thank you|thankyou|thx|ty|ta|cheers)(?: (?:so|very) much)?"
    r"(?: (?:a lot|again|for (?:that|this|your help|the help|all (?:that|your help))))?"
    r"|\b(?:that'?s|thats|it'?s|its|this is|that was|you'?ve been|you have been)? ?(?:really |very |so |super )?"
    r"(?:helpful|useful|brilliant|great|perfect|lovely|fab|fantastic|amazing|excellent|spot on)\b"
    r"|\bhave a (?:good|nice|great|lovely) (?:day|weekend|week|evening|night|one|christmas|holiday|break)\b"
    rf"|\b(?:{_HELLO}(?: there| all| everyone)?|good ?night|bye|goodbye|see you|see ya"
    r"|ok(?:ay)?|cool|got it|understood|no worries|all good|will do|speak soon|take care)\b"
    r"|[!.,?\s:)(-]+",
    re.IGNORECASE,
)
_GREETING = re.compile(rf"^\W*{_HELLO}\b", re.IGNORECASE)

GREETING_REPLY = ("Hello. Ask me about your partnership's safeguarding procedures, for example who to contact "
                  "or how quickly something must happen, and I'll find the passage that says.")
THANKS_REPLY = "Glad to help. Ask again whenever you need to check a procedure."


def courtesy_reply(message: str) -> str | None:
    """The reply to a message that is only a courtesy ("thanks", "hi there!"), or None for anything else."""
    if not message.strip() or _COURTESY.sub("", message).strip():
        return None
    return GREETING_REPLY if _GREETING.match(message) else THANKS_REPLY


def is_courtesy(message: str) -> bool:
    return courtesy_reply(message) is not None

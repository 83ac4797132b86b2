"""Article text shared by the tests that build pages around it (HTML files, served pages)."""

PARAGRAPHS = (
    "Tokyo and Beijing agreed on Tuesday to resume talks on the disputed islands, "
    "officials said after the meeting.",
    "The two governments will meet again next month in Beijing, according to a joint "
    "statement released by both foreign ministries.",
    "Both sides described the atmosphere of the meeting as frank and constructive overall, "
    "and diplomats expect progress on fishing rights.",
)

"""Understanding: spaCy components that turn an article's text into actors, quotes, amounts,
dates, events, claims and tone, each item with its evidence offsets (see ``analyze``)."""

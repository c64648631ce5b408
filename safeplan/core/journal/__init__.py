"""The evidence journal: entry model, revisions and the hash chain over them, search.

Stored in the database that ``core.storage`` opens; knows nothing of key slots or unlocking.
"""

"""Safety planning: the plan itself, danger signs, legal dates, the help directory, guides,
the volunteer hand-over and the private-prosecution draft outline. Reads the journal.
"""

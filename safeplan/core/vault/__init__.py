"""The vault facade: create, unlock and lock a vault, its key slots (passphrase, recovery code,
duress), and maintenance (check, verified backup, restore). Built on ``storage`` and ``journal``.
"""

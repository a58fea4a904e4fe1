"""Valid identifiers with real check digits: China's unified social credit code
(GB 32100-2015), IBANs (ISO 13616, mod 97, with the national check digits where they
are simple), German VAT ids (ISO 7064 MOD 11,10) and ISO 11649 creditor references."""

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def organization_code(body):
    """GB 11714 organization code: 8 digits and a check character (0-9 or X)."""
    assert len(body) == 8 and body.isdigit()
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    check = 11 - sum(int(c) * w for c, w in zip(body, weights)) % 11
    return body + {10: "X", 11: "0"}.get(check, str(check))


def uscc(region, body, authority="9", kind="1"):
    """A unified social credit code: registration authority (9: market regulation),
    entity kind (1: enterprise), 6-digit region code, organization code, check character."""
    first17 = authority + kind + region + organization_code(body)
    assert len(first17) == 17
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return first17 + USCC_ALPHABET[(31 - total % 31) % 31]


def is_valid_uscc(code):
    if len(code) != 18 or any(c not in USCC_ALPHABET for c in code):
        return False
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(code, USCC_WEIGHTS))
    return code[17] == USCC_ALPHABET[(31 - total % 31) % 31]


def _mod97(text):
    digits = "".join(str(int(c, 36)) for c in text)
    return int(digits) % 97


def iban(country, bban):
    """An IBAN in groups of four, with correct ISO 13616 check digits."""
    check = 98 - _mod97(bban + country + "00")
    compact = f"{country}{check:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def is_valid_iban(text):
    compact = text.replace(" ", "")
    return _mod97(compact[4:] + compact[:4]) == 1


def french_bban(bank, branch, account):
    """Bank (5), branch (5), account (11 digits) and the RIB key."""
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank}{branch}{account}{key:02d}"


def belgian_bban(bank, account):
    """Bank (3) and account (7) digits, then their mod 97 check (97 for 0)."""
    check = int(bank + account) % 97 or 97
    return f"{bank}{account}{check:02d}"


def german_vat_id(body):
    """DE and 8 digits plus the ISO 7064 MOD 11,10 check digit."""
    assert len(body) == 8 and body.isdigit()
    product = 10
    for c in body:
        total = (int(c) + product) % 10 or 10
        product = (2 * total) % 11
    check = (11 - product) % 10
    return f"DE{body}{check}"


def creditor_reference(reference):
    """ISO 11649 creditor reference ("RF" + check digits + reference), in groups of 4."""
    check = 98 - _mod97(reference + "RF00")
    compact = f"RF{check:02d}{reference}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))

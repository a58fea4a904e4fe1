"""Helpers shared by the example ledgers: TOML text for customers, catalogues."""

from .journal import Item


def toml_string(text):
    if "\n" in text:
        return '"""\n' + text.replace("\\", "\\\\").replace('"""', '\\"""') + '"""'
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_value(value):
    if isinstance(value, list):
        return "[" + ", ".join(toml_string(v) for v in value) + "]"
    return toml_string(value)


def customer_toml(ident, comment, fields):
    """A [ident] table with one `key = value` line per field (None values are left out),
    below its comment lines."""
    lines = [f"# {line}" if line else "#" for line in comment]
    lines.append(f"[{ident}]")
    for key, value in fields:
        if value is not None and value != []:
            lines.append(f"{key} = {toml_value(value)}")
    return "\n".join(lines)


class Product:
    """Something a ledger sells: description, unit, price, tax code and the quantities
    customers usually order."""

    def __init__(self, description, unit, price, tax, quantities=("1",)):
        self.description = description
        self.unit = unit
        self.price = price
        self.tax = tax
        self.quantities = quantities

    def item(self, rng, **extra):
        quantity = rng.choice(self.quantities)
        return Item(self.description, self.price, quantity=None if quantity is None else quantity,
                    unit=self.unit, tax=self.tax, **extra)


def catalogue(products, count=(1, 3), discounts=None):
    """A function (rng, customer) -> items: `count` different products at random, each
    with a line discount from `discounts` now and then."""

    def pick(rng, customer):
        chosen = rng.sample(products, min(len(products), rng.randint(*count)))
        items = []
        for product in chosen:
            extra = {}
            if discounts and rng.random() < 0.15:
                extra["discount"] = rng.choice(discounts)
            items.append(product.item(rng, **extra))
        return items

    return pick

"""Exact money arithmetic that mirrors dues (src/base/money.cpp, src/model/document.cpp).

Amounts are integers of minor units; quantities, prices and rates are decimal.Decimal.
Every rounding goes through round_div, which is dues's divide_rounded: half-up rounds
away from zero, half-even rounds to the even neighbour.
"""

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext

HALF_UP = "half-up"
HALF_EVEN = "half-even"

# ISO 4217 minor units of the currencies the examples use.
EXPONENTS = {"CNY": 2, "EUR": 2, "USD": 2, "CHF": 2, "JPY": 0, "KWD": 3}


def mantissa_scale(value):
    """(mantissa, scale) of a Decimal: Decimal('12.50') -> (1250, 2)."""
    sign, digits, exponent = value.as_tuple()
    mantissa = int("".join(map(str, digits)) or "0")
    if sign:
        mantissa = -mantissa
    if exponent >= 0:
        return mantissa * 10**exponent, 0
    return mantissa, -exponent


def round_div(num, den, mode):
    """num / den rounded once to an integer, exactly as dues's divide_rounded."""
    if den < 0:
        num, den = -num, -den
    quotient = abs(num) // den
    remainder = abs(num) % den
    if num < 0:
        quotient = -quotient
    if remainder == 0:
        return quotient
    away = quotient - 1 if num < 0 else quotient + 1
    if remainder * 2 > den:
        return away
    if remainder * 2 < den:
        return quotient
    if mode == HALF_UP:
        return away
    return quotient if quotient % 2 == 0 else away


def check_with_decimal(num, den, mode, result):
    """Cross-checks round_div with decimal's own rounding when the quotient is exact."""
    with localcontext() as ctx:
        ctx.prec = 60
        exact = Decimal(num) / Decimal(den)
        if exact * den == num:
            rounding = ROUND_HALF_UP if mode == HALF_UP else ROUND_HALF_EVEN
            assert exact.quantize(Decimal(1), rounding=rounding) == result, (num, den, mode)


def units(value, currency):
    """Minor units of an exact amount; refuses more decimals than the currency has."""
    mantissa, scale = mantissa_scale(value)
    exponent = EXPONENTS[currency]
    assert scale <= exponent, f"{value} has too many decimals for {currency}"
    return mantissa * 10 ** (exponent - scale)


def line_amount(quantity, price, currency, mode):
    """quantity x unit price rounded once to the minor unit."""
    qm, qs = mantissa_scale(quantity)
    pm, ps = mantissa_scale(price)
    exponent = EXPONENTS[currency]
    num = qm * pm
    den = 1
    if qs + ps >= exponent:
        den = 10 ** (qs + ps - exponent)
    else:
        num *= 10 ** (exponent - qs - ps)
    result = round_div(num, den, mode)
    check_with_decimal(num, den, mode, result)
    return result


def percent_of(amount, percent, mode):
    pm, ps = mantissa_scale(percent)
    num, den = amount * pm, 100 * 10**ps
    result = round_div(num, den, mode)
    check_with_decimal(num, den, mode, result)
    return result


def included_tax(gross, percent, mode):
    """The tax contained in a gross amount: gross x rate / (100 + rate)."""
    pm, ps = mantissa_scale(percent)
    return round_div(gross * pm, 100 * 10**ps + pm, mode)


def allocate(total, weights):
    """Splits total over weights by largest remainder, as dues's allocate()."""
    parts = [0] * len(weights)
    if not weights:
        return parts
    weight_sum = sum(weights)
    if weight_sum == 0:
        parts[0] = total
        return parts
    negative = total < 0
    magnitude = -total if negative else total
    remainders = []
    assigned = 0
    for i, weight in enumerate(weights):
        share, remainder = divmod(magnitude * weight, weight_sum)
        remainders.append(remainder)
        parts[i] = -share if negative else share
        assigned += share
    order = sorted(range(len(weights)), key=lambda i: -remainders[i])  # stable
    for k in range(magnitude - assigned):
        parts[order[k % len(order)]] += -1 if negative else 1
    return parts


def compute_totals(items, discount, rates, inclusive, per_invoice, mode, currency):
    """Line amounts, tax summaries and totals of a document, as dues computes them.

    items: objects with quantity, price, tax (code or None), discount (None,
    ("%", Decimal) or ("amount", Decimal)). discount: the invoice discount, same shape.
    rates: {code: Decimal percent}. Returns (lines, taxes, subtotal, total) where taxes is
    a list of [code, rate, base, amount] in order of first use.
    """

    def discount_units(base, off):
        kind, value = off
        if kind == "%":
            return percent_of(base, value, mode)
        return units(value, currency)

    lines = []
    for item in items:
        amount = line_amount(item.quantity, item.price, currency, mode)
        if item.discount:
            amount -= discount_units(amount, item.discount)
        lines.append(amount)
    bases = list(lines)
    if discount and items:
        off = discount_units(sum(lines), discount)
        shares = allocate(off, [max(amount, 0) for amount in lines])
        bases = [base - share for base, share in zip(bases, shares)]
    taxes = []
    subtotal = total = 0
    for item, base in zip(items, bases):
        if not item.tax:
            subtotal += base
            total += base
            continue
        summary = next((t for t in taxes if t[0] == item.tax), None)
        if summary is None:
            summary = [item.tax, rates[item.tax], 0, 0]
            taxes.append(summary)
        if per_invoice:
            summary[2] += base
            continue
        rate = rates[item.tax]
        tax = included_tax(base, rate, mode) if inclusive else percent_of(base, rate, mode)
        summary[2] += base - tax if inclusive else base
        summary[3] += tax
    for summary in taxes:
        if per_invoice:
            gross_or_net = summary[2]
            if inclusive:
                summary[3] = included_tax(gross_or_net, summary[1], mode)
                summary[2] = gross_or_net - summary[3]
            else:
                summary[3] = percent_of(gross_or_net, summary[1], mode)
        subtotal += summary[2]
        total += summary[2] + summary[3]
    return lines, taxes, subtotal, total


def plain(value):
    """The shortest exact text of a Decimal, as dues's format_decimal: 12.5, 3, 0.125."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def amount_text(value, exponent):
    """A decimal with at least `exponent` decimals, as dues's writer prints amounts."""
    text = plain(value)
    scale = len(text.split(".")[1]) if "." in text else 0
    if scale >= exponent:
        return text
    return format(value.quantize(Decimal(1).scaleb(-exponent)), "f")


def money_text(minor, currency):
    """Minor units as an amount text with exactly the currency's decimals."""
    exponent = EXPONENTS[currency]
    return format(Decimal(minor).scaleb(-exponent), "f") if exponent else str(minor)


def percent_text(value):
    return plain(value) + "%"

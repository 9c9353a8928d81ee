# Where a failed assert raises, per version: 3.11 at the last comparison its test compiled (the line of the last
# operand of an and/or chain), 3.12 at the statement (first line, no markers), 3.13 at the whole test (every line
# of a test over several lines, each underlined). Each failure happens while the previous one is handled, so the
# traceback shows them all as a chain.


def chain_or(v, w):
    assert (v > 10 or
            w > 10), "neither"


def not_over_lines(v):
    assert not (v <
        10)


def if_expression(v, w):
    assert (v > 10 if w else
            v > 20)


def operator_alone(v):
    assert (v
            >
            10)


def test_on_next_line(v):
    assert (
        v > 10
    )


def comparison_then_name(v, w):
    assert (v > 10 or
            not w)


try:
    chain_or(3, 1)
except AssertionError:
    try:
        not_over_lines(3)
    except AssertionError:
        try:
            if_expression(3, 0)
        except AssertionError:
            try:
                operator_alone(3)
            except AssertionError:
                try:
                    test_on_next_line(3)
                except AssertionError:
                    comparison_then_name(3, 1)

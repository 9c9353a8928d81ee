# The calendar part of the time module (Modules/timemodule.c): struct_time, a structseq (a tuple of the nine
# visible fields, with tm_zone and tm_gmtoff as slots), gmtime, localtime, mktime, asctime, ctime and
# strftime in the C locale. The fields come from the Java part's real clock and time-zone rules (_fields).

_NAMES = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
           'November', 'December')


import sys as _sys


class struct_time(tuple):
    # a structseq keeps tm_zone and tm_gmtoff as hidden fields after the nine items, not in a __dict__
    __slots__ = ('tm_zone', 'tm_gmtoff')
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(seq))
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % len(seq))
        if dict is not None and not isinstance(dict, type({})):
            raise TypeError('time.struct_time() takes a dict as second arg, if any')
        # structseq_new: a hidden field missing from the sequence is read from the dict by name, else None
        extra = {} if dict is None else dict
        self = tuple.__new__(cls, seq[:9])
        self.tm_zone = seq[9] if len(seq) > 9 else extra.get('tm_zone')
        self.tm_gmtoff = seq[10] if len(seq) > 10 else extra.get('tm_gmtoff')
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])

    def __repr__(self):
        return 'time.struct_time(' + ', '.join(n + '=' + repr(v) for n, v in zip(_NAMES, self)) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self.tm_zone, 'tm_gmtoff': self.tm_gmtoff}))

    if _sys.version_info < (3, 13):
        # Objects/structseq.c before 3.13: tp_basicsize is the tuple's, so __sizeof__ (tuple's, over the
        # nine visible items) leaves the two hidden fields out; 3.13 counts them in tp_basicsize, as the slots do
        def __sizeof__(self):
            return tuple.__sizeof__(self) - 16


struct_time.__module__ = 'time'
del _sys


def gmtime(secs=None):
    return struct_time(_fields(secs, False))


def localtime(secs=None):
    return struct_time(_fields(secs, True))


def _checked(t, name):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(name + '(): illegal time tuple argument')
    return t


def mktime(t):
    t = _checked(t, 'mktime')
    return _mktime(tuple(t))


def asctime(t=None):
    t = _checked(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _week(t, first):
    # %U (weeks start on Sunday) and %W (on Monday), as glibc's strftime counts them
    wday = (t[6] + 1) % 7 if first == 'sun' else t[6]
    return (t[7] - 1 + 7 - wday) // 7


def _directive(c, t):
    if c == 'Y':
        return str(t[0])
    if c == 'y':
        return '%02d' % (t[0] % 100)
    if c == 'm':
        return '%02d' % t[1]
    if c == 'd':
        return '%02d' % t[2]
    if c == 'e':
        return '%2d' % t[2]
    if c == 'H':
        return '%02d' % t[3]
    if c == 'I':
        return '%02d' % ((t[3] - 1) % 12 + 1)
    if c == 'M':
        return '%02d' % t[4]
    if c == 'S':
        return '%02d' % t[5]
    if c == 'p':
        return 'AM' if t[3] < 12 else 'PM'
    if c == 'a':
        return _DAYS[t[6]][:3]
    if c == 'A':
        return _DAYS[t[6]]
    if c == 'b' or c == 'h':
        return _MONTHS[t[1] - 1][:3]
    if c == 'B':
        return _MONTHS[t[1] - 1]
    if c == 'j':
        return '%03d' % t[7]
    if c == 'w':
        return str((t[6] + 1) % 7)
    if c == 'u':
        return str(t[6] + 1)
    if c == 'U':
        return '%02d' % _week(t, 'sun')
    if c == 'W':
        return '%02d' % _week(t, 'mon')
    if c == 'c':
        return strftime('%a %b %e %H:%M:%S %Y', t)
    if c == 'x':
        return strftime('%m/%d/%y', t)
    if c == 'X' or c == 'T':
        return strftime('%H:%M:%S', t)
    if c == 'D':
        return strftime('%m/%d/%y', t)
    if c == 'F':
        return strftime('%Y-%m-%d', t)
    if c == 'R':
        return strftime('%H:%M', t)
    if c == 'Z':
        zone = getattr(t, 'tm_zone', None)
        return zone if zone is not None else _zone_name()
    if c == 'z':
        off = getattr(t, 'tm_gmtoff', None)
        off = _zone_offset() if off is None else off
        sign = '-' if off < 0 else '+'
        off = abs(off) // 60
        return '%s%02d%02d' % (sign, off // 60, off % 60)
    if c == '%':
        return '%'
    return '%' + c


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not " + type(format).__name__)
    t = _checked(t, 'strftime')
    if not 1 <= t[1] <= 12:
        raise ValueError('month out of range')
    if not 0 <= t[6] <= 6 and t[6] >= 0:
        raise ValueError('day of week out of range')
    out = []
    i = 0
    while i < len(format):
        ch = format[i]
        if ch == '%' and i + 1 < len(format):
            out.append(_directive(format[i + 1], t))
            i += 2
        else:
            out.append(ch)
            i += 1
    return ''.join(out)

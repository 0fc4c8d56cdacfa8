//! Partial dates as the format writes them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, kept with their
//! precision. The one reader of such dates: the checks, `add` and `due` all go through it.

use jiff::civil::Date;

/// A date of the form YYYY, YYYY-MM or YYYY-MM-DD, kept with its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Partial {
    /// The year.
    pub year: i16,
    /// The month, when given.
    pub month: Option<i8>,
    /// The day, when given (only with a month).
    pub day: Option<i8>,
}

impl Partial {
    /// Reads `2023`, `2023-06` or `2023-06-15`; `None` for other text or a day that is not in
    /// the calendar (`2023-02-30`, month 13). The widths of the parts are not checked: the
    /// format's own shapes are [`Partial::parse_shaped`].
    pub fn parse(text: &str) -> Option<Partial> {
        let mut parts = text.split('-');
        let year: i16 = parts.next()?.parse().ok()?;
        let month = parts.next().map(str::parse::<i8>).transpose().ok()?;
        let day = parts.next().map(str::parse::<i8>).transpose().ok()?;
        if parts.next().is_some() {
            return None;
        }
        // jiff validates the calendar.
        Date::new(year, month.unwrap_or(1), day.unwrap_or(1)).ok()?;
        Some(Partial { year, month, day })
    }

    /// Like [`Partial::parse`], and written in the format's shape: four digits, then two and
    /// two (`2023-6` is not).
    pub fn parse_shaped(text: &str) -> Option<Partial> {
        shaped(text).then(|| Partial::parse(text)).flatten()
    }

    /// The first day of its precision: `2023` → 2023-01-01.
    pub fn first_day(self) -> Date {
        // Checked when parsed.
        Date::new(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1)).unwrap_or_default()
    }

    /// The last day of its precision: `2023` → 2023-12-31, `2023-06` → 2023-06-30.
    pub fn last_day(self) -> Date {
        match (self.month, self.day) {
            (Some(_), Some(_)) => self.first_day(),
            (Some(_), None) => self.first_day().last_of_month(),
            _ => Date::new(self.year, 12, 31).unwrap_or_default(),
        }
    }
}

/// Whether `text` has the format's shape of a partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
/// with digits only.
pub fn shaped(text: &str) -> bool {
    matches!(text.len(), 4 | 7 | 10)
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_precision_and_refuses_impossible_days() {
        let p = Partial::parse("2023-06").unwrap();
        assert_eq!((p.year, p.month, p.day), (2023, Some(6), None));
        assert_eq!(p.first_day(), jiff::civil::date(2023, 6, 1));
        assert_eq!(p.last_day(), jiff::civil::date(2023, 6, 30));
        let y = Partial::parse("2024").unwrap();
        assert_eq!(y.last_day(), jiff::civil::date(2024, 12, 31));
        assert!(Partial::parse("2023-02-30").is_none());
        assert!(Partial::parse("2023-13").is_none());
        assert!(Partial::parse("2023-01-01-01").is_none());
        assert!(Partial::parse("2023-6").is_some());
        assert!(Partial::parse_shaped("2023-6").is_none());
        assert!(Partial::parse_shaped("2024-02-29").is_some());
    }
}

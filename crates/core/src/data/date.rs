//! Dates as precise as the sources are: a year, a month or a day.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "2010", "2010-09" or "2010-09-06". Orders chronologically, a year before its months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(try_from = "String", into = "String")]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn year(year: u16) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    /// "6 September 2010", "September 2010" or "2010".
    pub fn human(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[m as usize - 1], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[m as usize - 1], self.year),
            _ => self.year.to_string(),
        }
    }

    /// The value for `<time datetime>`: the ISO form, as precise as the date.
    pub fn iso(&self) -> String {
        self.to_string()
    }
}

/// "6–8 September 2010", "November 2012 – June 2013", "2010–2019" or a single date.
pub fn human_range(start: &PartialDate, end: Option<&PartialDate>) -> String {
    let Some(end) = end.filter(|e| *e != start) else {
        return start.human();
    };
    let same_year = start.year == end.year;
    match (start.month, start.day, end.month, end.day) {
        (Some(m1), Some(d1), Some(m2), Some(_)) if same_year && m1 == m2 => {
            format!("{d1}–{}", end.human())
        }
        (Some(m1), Some(d1), Some(_), Some(_)) if same_year => {
            format!("{d1} {} – {}", MONTHS[m1 as usize - 1], end.human())
        }
        (Some(m1), None, Some(_), None) if same_year => {
            format!("{} – {}", MONTHS[m1 as usize - 1], end.human())
        }
        (None, None, None, None) => format!("{}–{}", start.year, end.year),
        _ => format!("{} – {}", start.human(), end.human()),
    }
}

/// Why a date string was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateError {}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn number(part: &str, digits: usize, what: &str, text: &str) -> Result<u16, DateError> {
    if part.len() != digits || !part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateError(format!(
            "bad date \"{text}\": the {what} must have {digits} digits (expected YYYY, YYYY-MM or YYYY-MM-DD)"
        )));
    }
    part.parse()
        .map_err(|_| DateError(format!("bad date \"{text}\"")))
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = text.split('-').collect();
        if parts.is_empty() || parts.len() > 3 {
            return Err(DateError(format!(
                "bad date \"{text}\": expected YYYY, YYYY-MM or YYYY-MM-DD"
            )));
        }
        let year = number(parts[0], 4, "year", text)?;
        if !(1900..=2100).contains(&year) {
            return Err(DateError(format!("bad date \"{text}\": year out of range")));
        }
        let month = match parts.get(1) {
            Some(p) => {
                let m = number(p, 2, "month", text)? as u8;
                if !(1..=12).contains(&m) {
                    return Err(DateError(format!(
                        "bad date \"{text}\": month must be 01 to 12"
                    )));
                }
                Some(m)
            }
            None => None,
        };
        let day = match (parts.get(2), month) {
            (Some(p), Some(m)) => {
                let d = number(p, 2, "day", text)? as u8;
                if d == 0 || d > days_in_month(year, m) {
                    return Err(DateError(format!(
                        "bad date \"{text}\": day {d} does not exist in that month"
                    )));
                }
                Some(d)
            }
            _ => None,
        };
        Ok(Self { year, month, day })
    }
}

impl TryFrom<String> for PartialDate {
    type Error = DateError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<PartialDate> for String {
    fn from(d: PartialDate) -> String {
        d.to_string()
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    #[test]
    fn parses_each_precision_and_round_trips() {
        for s in ["2010", "2010-09", "2010-09-06", "2020-02-29"] {
            assert_eq!(d(s).to_string(), s);
        }
        assert_eq!(d("2010-09").month, Some(9));
        assert_eq!(d("2010-09").day, None);
    }

    #[test]
    fn rejects_malformed_and_impossible_dates() {
        for s in [
            "",
            "10",
            "2010-9",
            "2010-13",
            "2010-00",
            "2019-02-29",
            "2010-04-31",
            "2010-09-06-01",
            "20x0",
            "1800",
            "2010/09",
        ] {
            let err = s.parse::<PartialDate>().unwrap_err();
            assert!(err.0.contains("bad date"), "{s}: {err}");
        }
    }

    #[test]
    fn orders_chronologically_with_year_before_its_months() {
        let mut v = vec![d("2014-11"), d("2014"), d("2010-09-06"), d("2014-03-12")];
        v.sort();
        assert_eq!(
            v,
            vec![d("2010-09-06"), d("2014"), d("2014-03-12"), d("2014-11")]
        );
    }

    #[test]
    fn human_forms() {
        assert_eq!(d("2010-09-06").human(), "6 September 2010");
        assert_eq!(d("2018-10").human(), "October 2018");
        assert_eq!(d("2018").human(), "2018");
    }

    #[test]
    fn human_ranges() {
        assert_eq!(
            human_range(&d("2010-09-06"), Some(&d("2010-09-08"))),
            "6–8 September 2010"
        );
        assert_eq!(
            human_range(&d("2014-10-30"), Some(&d("2014-11-06"))),
            "30 October – 6 November 2014"
        );
        assert_eq!(human_range(&d("2010"), Some(&d("2019"))), "2010–2019");
        assert_eq!(human_range(&d("2010"), None), "2010");
        assert_eq!(
            human_range(&d("2012-11"), Some(&d("2013-06"))),
            "November 2012 – June 2013"
        );
        assert_eq!(human_range(&d("2010"), Some(&d("2010"))), "2010");
    }

    #[test]
    fn deserializes_with_a_readable_error() {
        let ok: PartialDate = serde_json::from_str("\"2017-06\"").unwrap();
        assert_eq!(ok, d("2017-06"));
        let err = serde_json::from_str::<PartialDate>("\"2017-6\"").unwrap_err();
        assert!(
            err.to_string().contains("month must have 2 digits"),
            "{err}"
        );
    }
}

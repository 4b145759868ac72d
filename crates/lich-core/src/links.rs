//! `tel:` and `mailto:` links from a schedule's contacts, built so that a
//! file cannot smuggle anything into them.
//!
//! An e-mail address is accepted only in a strict, plain form — letters,
//! digits and `. _ + -` before the `@`, a dotted host name after it — so
//! `vp@example.gov.vn?cc=thief@evil.example` or an address with `&`, `=`,
//! `%`, spaces or control characters is refused by the validator, and the
//! link is still built by encoding, never by pasting the text into a URL.

/// Whether `s` is a telephone number as notices print them: digits with
/// spaces, dots, dashes, brackets and a leading `+`.
pub fn is_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    (3..=20).contains(&digits)
        && s.chars()
            .all(|c| c.is_ascii_digit() || " .-()".contains(c) || c == '+')
        && s.rfind('+').is_none_or(|i| i == 0)
}

/// Whether `s` is an e-mail address in the plain form a link may carry.
///
/// # Example
/// ```
/// use lich_core::links::is_email;
/// assert!(is_email("thanhtra.sotttt@soctrang.gov.vn"));
/// assert!(!is_email("vp@example.gov.vn?cc=thief@evil.example"));
/// assert!(!is_email("vp@example.gov.vn&bcc=x@y.z"));
/// assert!(!is_email("v p@example.gov.vn"));
/// ```
pub fn is_email(s: &str) -> bool {
    let Some((local, host)) = s.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._+-".contains(&b))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    let labels: Vec<&str> = host.split('.').collect();
    let host_ok = host.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !l.starts_with('-')
                && !l.ends_with('-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()));
    local_ok && host_ok
}

/// The `tel:` link of a telephone number: its digits, with a leading `+`
/// if it has one (`02993.621090` → `tel:02993621090`).
pub fn tel(phone: &str) -> Option<String> {
    if !is_phone(phone) {
        return None;
    }
    let plus = if phone.trim_start().starts_with('+') {
        "+"
    } else {
        ""
    };
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    Some(format!("tel:{plus}{digits}"))
}

/// The `mailto:` link of an address, percent-encoded (RFC 6068): only an
/// address [`is_email`] accepts gets one.
///
/// # Example
/// ```
/// use lich_core::links::mailto;
/// assert_eq!(mailto("a+b@soctrang.gov.vn").as_deref(), Some("mailto:a%2Bb@soctrang.gov.vn"));
/// assert_eq!(mailto("a@b.vn?cc=c@d.vn"), None);
/// ```
pub fn mailto(address: &str) -> Option<String> {
    if !is_email(address) {
        return None;
    }
    let mut out = String::from("mailto:");
    for b in address.bytes() {
        if b.is_ascii_alphanumeric() || b"-._@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones() {
        for ok in [
            "02993.621090",
            "0916861396",
            "0916 861 396",
            "+84 299 3621090",
            "(0299) 3621090",
        ] {
            assert!(is_phone(ok), "{ok}");
        }
        for bad in [
            "",
            "12",
            "0916861396;ext=1",
            "09+16",
            "phone",
            "0916\u{1b}861396",
        ] {
            assert!(!is_phone(bad), "{bad}");
        }
        assert_eq!(tel("02993.621090").as_deref(), Some("tel:02993621090"));
        assert_eq!(tel("+84 916 861 396").as_deref(), Some("tel:+84916861396"));
    }

    #[test]
    fn addresses() {
        for bad in [
            "a@b",
            "@b.vn",
            "a@.vn",
            "a@b.v",
            "a..b@c.vn",
            "a@b..vn",
            "a@-b.vn",
            "a%0a@b.vn",
            "a@b.vn\u{7}",
            "a=b@c.vn",
            "a@sở.gov.vn",
            "a@b.vn@c.vn",
        ] {
            assert!(!is_email(bad), "{bad}");
            assert_eq!(mailto(bad), None);
        }
        assert!(is_email("vp.ubnd-tinh_1@mail.soctrang.gov.vn"));
    }
}

//! Numbers as Ukrainian news print them: spaces between thousands, a decimal comma.

/// Thousands separated by spaces, as Ukrainian news print them: 12 500.
pub fn number(n: u64) -> String {
    let digits = n.to_string();
    if digits.len() <= 4 {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// Tenths with a decimal comma: 37 → «3,7», 40 → «4».
pub(super) fn decimal(tenths: usize) -> String {
    if tenths.is_multiple_of(10) {
        (tenths / 10).to_string()
    } else {
        format!("{},{}", tenths / 10, tenths % 10)
    }
}

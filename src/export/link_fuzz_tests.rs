//! The link decoder's mutation fuzz, apart from the other link tests (`link_tests.rs`, whose
//! helpers it uses).

use super::tests::{example, link_for};
use super::*;
use crate::model::format::encode_rubric;
use miniz_oxide::deflate::compress_to_vec_zlib;

/// xorshift64: deterministic, good enough to pick positions and bytes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn mutated_links_never_panic() {
    const ALPHABET: &[u8] =
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=.#+/ %\n";
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let payload = encode_rubric_link(&example());
    let json = encode_rubric(&example()).into_bytes();
    let mut refused = 0;
    for round in 0..2_000 {
        // Half the rounds damage the link text, half damage the JSON inside a valid link,
        // so the zlib layer and the document layer both see broken input.
        let candidate = if round % 2 == 0 {
            let mut bytes = payload.clone().into_bytes();
            for _ in 0..=rng.below(4) {
                match rng.below(4) {
                    0 => bytes.truncate(rng.below(bytes.len() + 1)),
                    1 if !bytes.is_empty() => {
                        let i = rng.below(bytes.len());
                        bytes[i] = ALPHABET[rng.below(ALPHABET.len())];
                    }
                    2 => {
                        let i = rng.below(bytes.len() + 1);
                        bytes.insert(i, ALPHABET[rng.below(ALPHABET.len())]);
                    }
                    _ if !bytes.is_empty() => {
                        bytes.remove(rng.below(bytes.len()));
                    }
                    _ => {}
                }
            }
            String::from_utf8(bytes).unwrap()
        } else {
            let mut bytes = json.clone();
            for _ in 0..=rng.below(3) {
                if rng.below(3) == 0 {
                    bytes.truncate(rng.below(bytes.len() + 1));
                } else if !bytes.is_empty() {
                    let i = rng.below(bytes.len());
                    bytes[i] = rng.next() as u8;
                }
            }
            link_for(&bytes)
        };
        if decode_rubric_link(&candidate).is_err() {
            refused += 1;
        }
        // Also the raw bytes of a compressed stream with random damage.
        let mut compressed = compress_to_vec_zlib(&json, 9);
        let i = rng.below(compressed.len());
        compressed[i] ^= 1 << rng.below(8);
        let _ = decode_rubric_link(&format!("rubric=1.{}", BASE64.encode(&compressed)));
    }
    assert!(refused > 1_000, "only {refused} of 2000 refused");
}

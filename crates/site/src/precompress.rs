//! Brotli copies of the site's text files (`page.html.br` beside `page.html`), made once
//! at build so a host that serves precompressed files (nginx `brotli_static`, Caddy
//! `precompressed br`, tests/e2e/server.mjs) sends each page and the code about a
//! quarter fewer bytes than gzip -9. A host that does not just serves the plain files.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The kinds of file worth compressing (images such as the PNG cards already are).
const TEXT: &[&str] = &[
    "html", "css", "js", "mjs", "wasm", "svg", "json", "xml", "txt",
];

/// True for a file whose name says it is text (or wasm) that brotli shrinks.
fn is_compressible(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TEXT.contains(&e))
}

/// The brotli quality for `path`: the highest (11) for the files every page loads (the
/// wasm, scripts, stylesheets); 10 for the pages, which take a third of the time for
/// about 2 % more bytes (11 would add about 30 s to each build of the site's 340 pages).
fn quality(path: &Path) -> i32 {
    if path.extension().is_some_and(|e| e == "html") {
        10
    } else {
        11
    }
}

/// `bytes` compressed with brotli at `quality` (0–11).
fn brotli(bytes: &[u8], quality: i32) -> Vec<u8> {
    let params = brotli::enc::BrotliEncoderParams {
        quality,
        lgwin: 24,
        size_hint: bytes.len(),
        ..Default::default()
    };
    let mut out = Vec::with_capacity(bytes.len() / 4);
    {
        let mut writer = brotli::CompressorWriter::with_params(&mut out, 4096, &params);
        writer.write_all(bytes).expect("writing to memory");
    }
    out
}

/// Writes `<file>.br` for every compressible file under `dir`, replacing older copies,
/// on every core. Returns how many it wrote.
pub fn dir(dir: &Path) -> Result<usize, String> {
    let mut files = Vec::new();
    collect(dir, &mut files)?;
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| -> Result<(), String> {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(file) = files.get(i) else {
                            return Ok(());
                        };
                        let bytes =
                            std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
                        let br = br_path(file);
                        std::fs::write(&br, brotli(&bytes, quality(file)))
                            .map_err(|e| format!("{}: {e}", br.display()))?;
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .try_for_each(|h| h.join().expect("a compressing thread panicked"))
    })?;
    Ok(files.len())
}

/// The brotli copy's path: the file's with `.br` added.
fn br_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".br");
    PathBuf::from(name)
}

fn collect(dir: &Path, into: &mut Vec<PathBuf>) -> Result<(), String> {
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            collect(&path, into)?;
        } else if is_compressible(&path) {
            into.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unbrotli(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::BrotliDecompress(&mut &bytes[..], &mut out).expect("valid brotli");
        out
    }

    #[test]
    fn text_files_are_compressed_images_are_not() {
        for name in [
            "a/index.html",
            "style-1.css",
            "x_bg.wasm",
            "data/site.json",
            "map/land.svg",
        ] {
            assert!(is_compressible(Path::new(name)), "{name}");
        }
        for name in ["cards/x.png", "index.html.br", "favicon.ico", "README"] {
            assert!(!is_compressible(Path::new(name)), "{name}");
        }
    }

    #[test]
    fn every_text_file_gets_a_brotli_copy_that_reads_back_the_same_and_is_smaller() {
        let root = std::env::temp_dir().join(format!("wego10-precompress-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("timeline")).unwrap();
        let page = "<li>An event of WeGO's history</li>\n".repeat(200);
        std::fs::write(root.join("timeline/index.html"), &page).unwrap();
        std::fs::write(root.join("card.png"), [137, 80, 78, 71]).unwrap();
        // A stale copy from an earlier build is replaced.
        std::fs::write(root.join("timeline/index.html.br"), b"stale").unwrap();

        assert_eq!(dir(&root).unwrap(), 1);
        let br = std::fs::read(root.join("timeline/index.html.br")).unwrap();
        assert_eq!(unbrotli(&br), page.as_bytes());
        assert!(
            br.len() < page.len() / 10,
            "{} of {} bytes",
            br.len(),
            page.len()
        );
        assert!(!root.join("card.png.br").exists());
        std::fs::remove_dir_all(&root).unwrap();
    }
}

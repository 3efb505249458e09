//! plotters' drawing backend for a `<canvas>`: what `plotters-canvas` does,
//! drawn the same way, but setting the context's colour, line width, font
//! and text anchor only when they change.
//!
//! Why not `plotters-canvas` itself: it sets all of them again for every
//! mark, formatting each colour with a float alpha and passing each string
//! across to JavaScript. The map's 150 hexes and labels spent about two
//! thirds of its redraw there (a profile of the year change: README, "Benchmark").

use std::fmt::Write;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontTransform};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use wasm_bindgen::JsCast;

pub struct CanvasBackend {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    set: ContextState,
    /// The font being asked for, before it is compared with the one set.
    font: String,
}

/// What the context was last set to; `None` or empty until this backend
/// sets it.
/// A backend is made for each drawing, after the canvas's size was set
/// (which resets the context), so it starts knowing nothing.
#[derive(Clone, Default)]
struct ContextState {
    fill: Option<(u8, u8, u8, u64)>,
    stroke: Option<(u8, u8, u8, u64)>,
    line_width: Option<u32>,
    font: String,
    baseline: &'static str,
    align: &'static str,
}

/// A canvas call that failed, named.
#[derive(Debug)]
pub struct CanvasError(&'static str);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the canvas refused {}", self.0)
    }
}

impl std::error::Error for CanvasError {}

type Drawn = Result<(), DrawingErrorKind<CanvasError>>;

fn failed(call: &'static str) -> impl FnOnce(wasm_bindgen::JsValue) -> DrawingErrorKind<CanvasError> {
    move |_| DrawingErrorKind::DrawingError(CanvasError(call))
}

/// A colour as the context compares it: the alpha by its bits, so that
/// "unchanged" means exactly that.
fn key(c: BackendColor) -> (u8, u8, u8, u64) {
    (c.rgb.0, c.rgb.1, c.rgb.2, c.alpha.to_bits())
}

/// Records `value` in `slot`, and says whether it differs from what was there.
fn changed<T: PartialEq>(slot: &mut T, value: T) -> bool {
    let differs = *slot != value;
    *slot = value;
    differs
}

/// CSS for a colour: `#rrggbb` when opaque (no float to format), else `rgba()`.
fn css(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    if c.alpha >= 1.0 {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut s = String::with_capacity(7);
        s.push('#');
        for v in [r, g, b] {
            s.push(char::from(HEX[usize::from(v >> 4)]));
            s.push(char::from(HEX[usize::from(v & 15)]));
        }
        s
    } else {
        format!("rgba({r},{g},{b},{})", c.alpha)
    }
}

impl CanvasBackend {
    pub fn with_canvas_object(canvas: HtmlCanvasElement) -> Option<Self> {
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(CanvasBackend { canvas, context, set: ContextState::default(), font: String::new() })
    }

    fn fill_with(&mut self, c: BackendColor) {
        if changed(&mut self.set.fill, Some(key(c))) {
            self.context.set_fill_style_str(&css(c));
        }
    }

    fn stroke_with(&mut self, style: &impl BackendStyle) {
        let c = style.color();
        if changed(&mut self.set.stroke, Some(key(c))) {
            self.context.set_stroke_style_str(&css(c));
        }
        let width = style.stroke_width();
        if changed(&mut self.set.line_width, Some(width)) {
            self.context.set_line_width(f64::from(width));
        }
    }

    fn text_with(&mut self, style: &impl BackendTextStyle) {
        let anchor = style.anchor();
        let baseline = match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if changed(&mut self.set.baseline, baseline) {
            self.context.set_text_baseline(baseline);
        }
        let align = match anchor.h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        if changed(&mut self.set.align, align) {
            self.context.set_text_align(align);
        }
        self.fill_with(style.color());
        // Written into a kept buffer: no allocation for each label.
        self.font.clear();
        let _ = write!(self.font, "{} {}px {}", style.style().as_str(), style.size(), style.family().as_str());
        if self.set.font != self.font {
            self.context.set_font(&self.font);
            std::mem::swap(&mut self.set.font, &mut self.font);
        }
    }

    fn trace(&self, mut points: impl Iterator<Item = BackendCoord>) -> bool {
        self.context.begin_path();
        let Some((x, y)) = points.next() else { return false };
        self.context.move_to(f64::from(x), f64::from(y));
        for (x, y) in points {
            self.context.line_to(f64::from(x), f64::from(y));
        }
        true
    }
}

impl DrawingBackend for CanvasBackend {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        if color.alpha > 0.0 {
            self.fill_with(color);
            self.context.fill_rect(f64::from(x), f64::from(y), 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Drawn {
        if style.color().alpha > 0.0 {
            // A horizontal or vertical line half a pixel over, so that a
            // one-pixel line covers one row of pixels, not two half-lit ones.
            let nudge = |(x, y): BackendCoord| {
                let half = |same: bool| if same { 0.5 } else { 0.0 };
                (f64::from(x) - half(from.0 == to.0), f64::from(y) - half(from.1 == to.1))
            };
            let ((x0, y0), (x1, y1)) = (nudge(from), nudge(to));
            self.stroke_with(style);
            self.context.begin_path();
            self.context.move_to(x0, y0);
            self.context.line_to(x1, y1);
            self.context.stroke();
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(&mut self, upper_left: BackendCoord, bottom_right: BackendCoord, style: &S, fill: bool) -> Drawn {
        if style.color().alpha > 0.0 {
            let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
            let (w, h) = (f64::from(bottom_right.0 - upper_left.0), f64::from(bottom_right.1 - upper_left.1));
            if fill {
                self.fill_with(style.color());
                self.context.fill_rect(x, y, w, h);
            } else {
                self.stroke_with(style);
                self.context.stroke_rect(x, y, w, h);
            }
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn {
        if style.color().alpha > 0.0 {
            self.stroke_with(style);
            if self.trace(path.into_iter()) {
                self.context.stroke();
            }
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vertices: I, style: &S) -> Drawn {
        if style.color().alpha > 0.0 {
            self.fill_with(style.color());
            if self.trace(vertices.into_iter()) {
                self.context.close_path();
                self.context.fill();
            }
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(&mut self, (x, y): BackendCoord, radius: u32, style: &S, fill: bool) -> Drawn {
        if style.color().alpha > 0.0 {
            if fill {
                self.fill_with(style.color());
            } else {
                self.stroke_with(style);
            }
            self.context.begin_path();
            self.context.arc(f64::from(x), f64::from(y), f64::from(radius), 0.0, std::f64::consts::TAU).map_err(failed("an arc"))?;
            if fill {
                self.context.fill();
            } else {
                self.context.stroke();
            }
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, (x, y): BackendCoord) -> Drawn {
        if style.color().alpha <= 0.0 {
            return Ok(());
        }
        let quarter_turns = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 1.0,
            FontTransform::Rotate180 => 2.0,
            FontTransform::Rotate270 => 3.0,
        };
        if quarter_turns == 0.0 {
            self.text_with(style);
            return self.context.fill_text(text, f64::from(x), f64::from(y)).map_err(failed("a text"));
        }
        // Turned text: drawn at the origin of a turned context, which is
        // then restored, with what it was set to before.
        let before = self.set.clone();
        self.context.save();
        self.context.translate(f64::from(x), f64::from(y)).map_err(failed("a move"))?;
        self.context.rotate(quarter_turns * std::f64::consts::FRAC_PI_2).map_err(failed("a turn"))?;
        self.text_with(style);
        let drawn = self.context.fill_text(text, 0.0, 0.0).map_err(failed("a text"));
        self.context.restore();
        self.set = before;
        drawn
    }
}

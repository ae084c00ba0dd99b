/**
 * From video files to sampled frames: FFmpeg (through JavaCV, in {@code FfmpegVideo} alone) decodes a film and
 * scales each frame down; the stream's own colour description turns the small YUV picture into RGB, tone-mapping
 * HDR to SDR; frames are picked evenly across the film, fast (one pass over the packets, decoding what a plan
 * asks for) or exact (every frame); and a film in several files is read as one. The analysis package clusters
 * the frames this package gives it.
 */
package io.cinechrome.analysis.decode;

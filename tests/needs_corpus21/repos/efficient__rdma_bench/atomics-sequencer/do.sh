( cd ../; make atomics-sequencer)

/**
 * The weight-file versions this code reads. Apart from the models so the training
 * scripts can stamp a new file without loading the shipped one, which would refuse to
 * load once the features have changed.
 */
export const MODEL_VERSION = 1;
export const URGENCY_MODEL_VERSION = 1;
